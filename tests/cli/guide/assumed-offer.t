$ ovhmail guide thunderbird -e jan@example.nl | head -2
Assumed offer: MX Plan (no --offer given). To find out yours: ovhmail discover jan@example.nl, then give its --offer.
MX Plan, Europe: Thunderbird
--- stderr
--- status 0

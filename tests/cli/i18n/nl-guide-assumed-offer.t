$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail guide android -e jan@example.nl | head -1
Aangenomen pakket: MX Plan (geen --offer gegeven). Om het uwe te vinden: ovhmail discover jan@example.nl, en geef dan zijn --offer.
--- stderr
--- status 0

$ ovhmail guide ios --offer mxplan -e jan@example.nl | sed -n 1,13p
MX Plan, Europe: Mail (iPhone and iPad)
1.  The quickest way: on a computer, run "ovhmail export mobileconfig
    --email jan@example.nl -o ovh.mobileconfig" and send the file to the
    iPhone or iPad: by AirDrop, as an attachment opened in Mail, or from a
    web page opened in Safari. iOS says "Profile Downloaded".
2.  Open Settings and tap "Profile Downloaded" near the top (later: General
    > VPN & Device Management), then Install; enter the device passcode,
    then your mail password when asked. A profile that is not signed shows
    "Not Verified" in red: nobody vouches for where it came from, but the
    settings are the same. With --sign ovhmail signs it with your
    certificate, and iOS shows "Verified" when it trusts that certificate.
    Or set the account up by hand, as below.
3.  Open Settings > Mail > Accounts > Add Account (iOS 14 and later;
--- stderr
--- status 0

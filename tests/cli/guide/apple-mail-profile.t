$ ovhmail guide apple-mail --offer mxplan -e jan@example.nl | sed -n 1,8p
MX Plan, Europe: Mail (macOS)
1.  The quickest way: run "ovhmail export mobileconfig --email
    jan@example.nl -o ovh.mobileconfig" and open the file on the Mac, then
    System Settings > Privacy & Security > Profiles (General > Device
    Management in some versions): double-click the profile, click Install
    and enter your mail password when asked. A profile that is not signed
    shows "Unverified"; with --sign ovhmail signs it, and macOS shows it as
    verified when it trusts the certificate. The steps below do the same by
--- stderr
--- status 0

$ ovhmail export mobileconfig --email jan@example.nl
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<!-- Made by ovhmail 0.1.0 from OVHcloud's published settings. -->
<plist version="1.0">
<dict>
	<key>PayloadContent</key>
	<array>
		<dict>
			<key>EmailAccountDescription</key>
			<string>jan@example.nl (OVHcloud MX Plan)</string>
			<key>EmailAccountType</key>
			<string>EmailTypeIMAP</string>
			<key>EmailAddress</key>
			<string>jan@example.nl</string>
			<key>IncomingMailServerHostName</key>
			<string>ssl0.ovh.net</string>
			<key>IncomingMailServerPortNumber</key>
			<integer>993</integer>
			<key>IncomingMailServerUseSSL</key>
			<true/>
			<key>IncomingMailServerAuthentication</key>
			<string>EmailAuthPassword</string>
			<key>IncomingMailServerUsername</key>
			<string>jan@example.nl</string>
			<key>OutgoingMailServerHostName</key>
			<string>ssl0.ovh.net</string>
			<key>OutgoingMailServerPortNumber</key>
			<integer>465</integer>
			<key>OutgoingMailServerUseSSL</key>
			<true/>
			<key>OutgoingMailServerAuthentication</key>
			<string>EmailAuthPassword</string>
			<key>OutgoingMailServerUsername</key>
			<string>jan@example.nl</string>
			<key>OutgoingPasswordSameAsIncomingPassword</key>
			<true/>
			<key>PayloadDisplayName</key>
			<string>jan@example.nl (OVHcloud MX Plan)</string>
			<key>PayloadIdentifier</key>
			<string>ovhmail.mxplan.52B1776A-EB4E-5BBE-AA9A-E65F5A352A17.mail</string>
			<key>PayloadType</key>
			<string>com.apple.mail.managed</string>
			<key>PayloadUUID</key>
			<string>E9FFD6E8-2885-5C22-BFBE-0A587E527413</string>
			<key>PayloadVersion</key>
			<integer>1</integer>
		</dict>
	</array>
	<key>PayloadDisplayName</key>
	<string>jan@example.nl (OVHcloud MX Plan)</string>
	<key>PayloadIdentifier</key>
	<string>ovhmail.mxplan.52B1776A-EB4E-5BBE-AA9A-E65F5A352A17</string>
	<key>PayloadRemovalDisallowed</key>
	<false/>
	<key>PayloadType</key>
	<string>Configuration</string>
	<key>PayloadUUID</key>
	<string>52B1776A-EB4E-5BBE-AA9A-E65F5A352A17</string>
	<key>PayloadVersion</key>
	<integer>1</integer>
</dict>
</plist>
--- stderr
--- status 0

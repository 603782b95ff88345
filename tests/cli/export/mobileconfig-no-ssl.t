$ ovhmail export mobileconfig --no-ssl --allow-plaintext
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<!-- Made by ovhmail 0.1.0 from OVHcloud's published settings. -->
<!-- WARNING: IMAP on port 143 is not encrypted, as you asked -->
<!-- (allow-plaintext). Your password and your mail cross the network in -->
<!-- clear text: anyone on the way (a public Wi-Fi, say) can read them -->
<!-- and use the account. -->
<plist version="1.0">
<dict>
	<key>PayloadContent</key>
	<array>
		<dict>
			<key>EmailAccountDescription</key>
			<string>OVHcloud MX Plan</string>
			<key>EmailAccountType</key>
			<string>EmailTypeIMAP</string>
			<key>IncomingMailServerHostName</key>
			<string>ssl0.ovh.net</string>
			<key>IncomingMailServerPortNumber</key>
			<integer>143</integer>
			<key>IncomingMailServerUseSSL</key>
			<false/>
			<key>IncomingMailServerAuthentication</key>
			<string>EmailAuthPassword</string>
			<key>OutgoingMailServerHostName</key>
			<string>ssl0.ovh.net</string>
			<key>OutgoingMailServerPortNumber</key>
			<integer>587</integer>
			<key>OutgoingMailServerUseSSL</key>
			<true/>
			<key>OutgoingMailServerAuthentication</key>
			<string>EmailAuthPassword</string>
			<key>OutgoingPasswordSameAsIncomingPassword</key>
			<true/>
			<key>PayloadDisplayName</key>
			<string>OVHcloud MX Plan</string>
			<key>PayloadIdentifier</key>
			<string>ovhmail.mxplan.C493D504-7570-5C1F-9A52-316752A68BFC.mail</string>
			<key>PayloadType</key>
			<string>com.apple.mail.managed</string>
			<key>PayloadUUID</key>
			<string>E8216C90-ECD2-581F-88B2-A045D0738B8C</string>
			<key>PayloadVersion</key>
			<integer>1</integer>
		</dict>
	</array>
	<key>PayloadDisplayName</key>
	<string>OVHcloud MX Plan</string>
	<key>PayloadIdentifier</key>
	<string>ovhmail.mxplan.C493D504-7570-5C1F-9A52-316752A68BFC</string>
	<key>PayloadRemovalDisallowed</key>
	<false/>
	<key>PayloadType</key>
	<string>Configuration</string>
	<key>PayloadUUID</key>
	<string>C493D504-7570-5C1F-9A52-316752A68BFC</string>
	<key>PayloadVersion</key>
	<integer>1</integer>
</dict>
</plist>
--- stderr
--- status 0

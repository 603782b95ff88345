$ ovhmail export autoconfig --email jan@example.nl --security none --allow-plaintext
<?xml version="1.0" encoding="UTF-8"?>
<!-- Made by ovhmail 0.1.0 from OVHcloud's published settings. -->
<clientConfig version="1.1">
  <emailProvider id="example.nl">
    <domain>example.nl</domain>
    <displayName>OVHcloud MX Plan</displayName>
    <displayShortName>OVHcloud</displayShortName>
    <!-- WARNING: IMAP on port 143 is not encrypted, as you asked -->
    <!-- (allow-plaintext). Your password and your mail cross the network in -->
    <!-- clear text: anyone on the way (a public Wi-Fi, say) can read them -->
    <!-- and use the account. -->
    <incomingServer type="imap">
      <hostname>ssl0.ovh.net</hostname>
      <port>143</port>
      <socketType>plain</socketType>
      <authentication>password-cleartext</authentication>
      <username>jan@example.nl</username>
    </incomingServer>
    <!-- WARNING: POP3 on port 110 is not encrypted, as you asked -->
    <!-- (allow-plaintext). Your password and your mail cross the network in -->
    <!-- clear text: anyone on the way (a public Wi-Fi, say) can read them -->
    <!-- and use the account. -->
    <incomingServer type="pop3">
      <hostname>ssl0.ovh.net</hostname>
      <port>110</port>
      <socketType>plain</socketType>
      <authentication>password-cleartext</authentication>
      <username>jan@example.nl</username>
    </incomingServer>
  </emailProvider>
</clientConfig>
--- stderr
--- status 0

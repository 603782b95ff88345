$ ovhmail export autoconfig --email jan@example.nl --security ssl
<?xml version="1.0" encoding="UTF-8"?>
<!-- Made by ovhmail 0.1.0 from OVHcloud's published settings. -->
<clientConfig version="1.1">
  <emailProvider id="example.nl">
    <domain>example.nl</domain>
    <displayName>OVHcloud MX Plan</displayName>
    <displayShortName>OVHcloud</displayShortName>
    <incomingServer type="imap">
      <hostname>ssl0.ovh.net</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>jan@example.nl</username>
    </incomingServer>
    <incomingServer type="pop3">
      <hostname>ssl0.ovh.net</hostname>
      <port>995</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>jan@example.nl</username>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>ssl0.ovh.net</hostname>
      <port>465</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>jan@example.nl</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>
--- stderr
--- status 0

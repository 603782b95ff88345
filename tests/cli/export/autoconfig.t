$ ovhmail export autoconfig --email 'a&b@example.com'
<?xml version="1.0" encoding="UTF-8"?>
<!-- Made by ovhmail 0.1.0 from OVHcloud's published settings. -->
<clientConfig version="1.1">
  <emailProvider id="example.com">
    <domain>example.com</domain>
    <displayName>OVHcloud MX Plan</displayName>
    <displayShortName>OVHcloud</displayShortName>
    <incomingServer type="imap">
      <hostname>ssl0.ovh.net</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>a&amp;b@example.com</username>
    </incomingServer>
    <incomingServer type="pop3">
      <hostname>ssl0.ovh.net</hostname>
      <port>995</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>a&amp;b@example.com</username>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>ssl0.ovh.net</hostname>
      <port>465</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>a&amp;b@example.com</username>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>ssl0.ovh.net</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <authentication>password-cleartext</authentication>
      <username>a&amp;b@example.com</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>
--- stderr
--- status 0

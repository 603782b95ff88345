$ ovhmail export autoconfig --domain example.nl --offer emailpro --server 3
<?xml version="1.0" encoding="UTF-8"?>
<!-- Made by ovhmail 0.1.0 from OVHcloud's published settings. -->
<clientConfig version="1.1">
  <emailProvider id="example.nl">
    <domain>example.nl</domain>
    <displayName>OVHcloud Email Pro</displayName>
    <displayShortName>OVHcloud</displayShortName>
    <incomingServer type="imap">
      <hostname>pro3.mail.ovh.net</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </incomingServer>
    <incomingServer type="pop3">
      <hostname>pro3.mail.ovh.net</hostname>
      <port>995</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>pro3.mail.ovh.net</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>
--- stderr
--- status 0

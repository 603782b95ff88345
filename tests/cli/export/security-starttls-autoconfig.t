$ ovhmail export autoconfig --email jan@example.nl --security starttls
<?xml version="1.0" encoding="UTF-8"?>
<!-- Made by ovhmail 0.1.0 from OVHcloud's published settings. -->
<clientConfig version="1.1">
  <emailProvider id="example.nl">
    <domain>example.nl</domain>
    <displayName>OVHcloud MX Plan</displayName>
    <displayShortName>OVHcloud</displayShortName>
    <outgoingServer type="smtp">
      <hostname>ssl0.ovh.net</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <authentication>password-cleartext</authentication>
      <username>jan@example.nl</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>
--- stderr
--- status 0

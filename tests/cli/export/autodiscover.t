$ ovhmail export autodiscover --offer exchange --server 2 --email '"x<y"@example.com'
<?xml version="1.0" encoding="utf-8"?>
<!-- Made by ovhmail 0.1.0 from OVHcloud's published settings. -->
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
  <Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">
    <Account>
      <AccountType>email</AccountType>
      <Action>settings</Action>
      <Protocol>
        <Type>IMAP</Type>
        <Server>ex2.mail.ovh.net</Server>
        <Port>993</Port>
        <LoginName>&quot;x&lt;y&quot;@example.com</LoginName>
        <DomainRequired>off</DomainRequired>
        <SPA>off</SPA>
        <Encryption>SSL</Encryption>
        <SSL>on</SSL>
        <AuthRequired>on</AuthRequired>
      </Protocol>
      <Protocol>
        <Type>POP3</Type>
        <Server>ex2.mail.ovh.net</Server>
        <Port>995</Port>
        <LoginName>&quot;x&lt;y&quot;@example.com</LoginName>
        <DomainRequired>off</DomainRequired>
        <SPA>off</SPA>
        <Encryption>SSL</Encryption>
        <SSL>on</SSL>
        <AuthRequired>on</AuthRequired>
      </Protocol>
      <Protocol>
        <Type>SMTP</Type>
        <Server>ex2.mail.ovh.net</Server>
        <Port>587</Port>
        <LoginName>&quot;x&lt;y&quot;@example.com</LoginName>
        <DomainRequired>off</DomainRequired>
        <SPA>off</SPA>
        <Encryption>TLS</Encryption>
        <SSL>on</SSL>
        <AuthRequired>on</AuthRequired>
        <UsePOPAuth>on</UsePOPAuth>
        <SMTPLast>off</SMTPLast>
      </Protocol>
    </Account>
  </Response>
</Autodiscover>
--- stderr
--- status 0

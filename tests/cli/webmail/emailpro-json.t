$ ovhmail webmail --offer emailpro --format json
{
  "offer": "emailpro",
  "webmail": "https://www.ovhcloud.com/en/mail/",
  "source": "ovh/docs pages/web/emails-pro/using-outlook-web-app-email-pro: the webmail login page serves MX Plan, Email Pro and Hosted Exchange"
}
--- stderr
--- status 0

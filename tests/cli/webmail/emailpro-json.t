$ ovhmail webmail --offer emailpro --format json
{
  "offer": "emailpro",
  "webmail": "https://www.ovhcloud.com/en-gb/mail/",
  "source": "ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/email-pro/how-to-configure-thunderbird.mdx: the webmail is the common portal"
}
--- stderr
--- status 0

$ ovhmail explain --format json 535 | jq -c ".[0].conflict"
{"fix":"Changing the password is not systematic: change it only if a compromise is suspected (an infected device, leaked or shared credentials, unauthorised access). To unblock an address blocked for spam, find and fix the cause, then go through OVHcloud support.","source":"OVHcloud guide locked-for-spam (ovh/ovhcloud-docs; older locked_for_spam, en-gb, 2024-05-23)"}
--- stderr
--- status 0

$ ovhmail values client
thunderbird
outlook
new-outlook
outlook-mac
apple-mail
ios
android
--- stderr
--- status 0

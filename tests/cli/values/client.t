$ ovhmail values client
thunderbird
outlook
outlook-mac
apple-mail
ios
android
--- stderr
--- status 0

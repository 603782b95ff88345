$ ovhmail guide eudora
--- stderr
ovhmail: guide: unknown client 'eudora' (choose thunderbird, outlook, new-outlook, outlook-mac, apple-mail, ios, android)
Try 'ovhmail --help' for more information.
--- status 64

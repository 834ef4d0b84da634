"""Where mail comes from: LMTP from a mail server, files, IMAP mailboxes."""

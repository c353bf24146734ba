"""Following a board from meeting to meeting: how questions were answered, what the force
offered to provide, and which figures form one series. Pure Python over meeting records."""

"""Running a board in Scrutiny: set it up, plan its meetings, write, agree and publish the notes."""

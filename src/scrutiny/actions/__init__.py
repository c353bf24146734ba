"""The action log of each meeting: what was asked of whom, by when, and whether it is done."""

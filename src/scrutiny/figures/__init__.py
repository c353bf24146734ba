"""The quantities each meeting's notes quote, with what they measure."""

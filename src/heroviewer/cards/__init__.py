"""Hero cards: what a card says, where it goes on the page, and how it is painted."""

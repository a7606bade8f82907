"""All Qt code: thin widgets that ask the domain what is allowed and the store for data."""

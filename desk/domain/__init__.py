"""Domain rules of the reception desk: plain Python, no Qt, no SQL."""

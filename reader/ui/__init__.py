"""Qt user interface. Imports reader.core; reader.core never imports this."""

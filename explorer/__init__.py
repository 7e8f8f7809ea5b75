"""Explorer: the Streamlit app and command line that read and show the news graph (read side)."""

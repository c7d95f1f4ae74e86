"""The article as context: its reporting frame, its scene and its states.

Between actors and events: what a sentence alone does not say (who "the police"
are, where "on Tuesday" happened) is read off the article around it.
"""

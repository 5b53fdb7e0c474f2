"""Administrator screens: users and teams."""

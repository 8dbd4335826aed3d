"""The library screen: browse and search modules and items, and preview them."""

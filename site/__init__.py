"""The Django project. The folder is `site/` but it is imported as `continuum`.

Python's standard library owns the module name `site` (it is imported before any project code),
so pyproject.toml maps this folder to the package `continuum` with setuptools' `package-dir`.
"""

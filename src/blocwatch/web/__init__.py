"""The HTTP API (versioned JSON under ``/api/v1``) and the dashboard, served by one FastAPI
app: :func:`create_app`. ``blocwatch serve`` runs it with uvicorn."""

from .app import API_PREFIX, create_app

__all__ = ["API_PREFIX", "create_app"]

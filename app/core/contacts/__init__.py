"""The person's own trusted contacts, shown beside the support options."""

from app.core.contacts.model import TrustedContact
from app.core.contacts.service import ContactsService

__all__ = ["ContactsService", "TrustedContact"]

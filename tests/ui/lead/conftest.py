from __future__ import annotations

from tests.ui.lead.contract_fakes import install_all

install_all()

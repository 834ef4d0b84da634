"""From the whole configuration to the narrow settings handlers and the pipeline read."""

from __future__ import annotations

from bot.config import Config
from handlers.context import DeskSettings


def desk_settings(config: Config) -> DeskSettings:
    identity = config.identity
    return DeskSettings(
        from_address=identity.from_address,
        from_name=identity.from_name,
        reply_domain=identity.reply_domain,
        staff_addresses=tuple(a.lower() for a in config.staff.addresses),
        footer_phrases=tuple(config.campaign_footer_phrases),
    )

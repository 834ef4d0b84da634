"""The mailbot process: command line, configuration, sources, pipeline, outbox worker."""

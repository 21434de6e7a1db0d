"""The outfall ledger (入河排污口): survey, monitoring, tracing, remediation and closing,
one plan per outfall (一口一策). See :mod:`riverchief.outfalls.ledger`."""

"""Registration slips: ReportLab draws them; nothing here knows about Qt or the database."""

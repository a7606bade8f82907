"""The look shared by every window: boxes drawn like the sections of a paper form."""

APPLICATION_STYLE = """
QGroupBox { background: white; border: 1px solid #b9c2cc; border-radius: 4px;
            margin-top: 12px; padding-top: 6px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #174ea6; }
QLabel[formCaption="true"] { qproperty-alignment: "AlignRight | AlignTop"; }
"""

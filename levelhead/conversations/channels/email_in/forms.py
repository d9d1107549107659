from django import forms

from levelhead.conversations.models import MailboxSecurity


class MailboxForm(forms.Form):
    host = forms.CharField(
        max_length=255, help_text="Your provider's IMAP server, e.g. imap.fastmail.com"
    )
    port = forms.IntegerField(min_value=1, max_value=65535, initial=993)
    security = forms.ChoiceField(choices=MailboxSecurity.choices, initial=MailboxSecurity.SSL)
    username = forms.CharField(max_length=320, help_text="Usually the full email address.")
    password = forms.CharField(
        required=False,
        strip=False,
        widget=forms.PasswordInput(render_value=False),
        help_text="An app password if your provider has them. Stored encrypted, never shown again.",
    )
    folder = forms.CharField(max_length=200, initial="INBOX")
    enabled = forms.BooleanField(required=False, initial=True, label="Poll this mailbox")

    def clean_host(self) -> str:
        host = self.cleaned_data["host"].strip()
        if any(c.isspace() for c in host) or "/" in host:
            raise forms.ValidationError("Enter a host name such as imap.example.com.")
        return host

from django import forms

from .models import Role


class InviteForm(forms.Form):
    email = forms.EmailField()
    role = forms.ChoiceField(choices=Role.choices, initial=Role.AGENT)


class AcceptInvitationForm(forms.Form):
    username = forms.CharField(max_length=150)
    first_name = forms.CharField(max_length=150, required=False)
    password = forms.CharField(widget=forms.PasswordInput, min_length=10)


class ShopSettingsForm(forms.Form):
    name = forms.CharField(max_length=120)
    timezone = forms.ChoiceField(choices=[])
    currency = forms.RegexField(
        regex=r"^[A-Za-z]{3}$",
        max_length=3,
        error_messages={"invalid": "Use a three-letter code, e.g. GBP."},
    )
    sender_name = forms.CharField(max_length=120, required=False)
    sender_email = forms.EmailField(required=False)
    first_response_minutes = forms.IntegerField(
        min_value=5, max_value=10080, label="First reply within (business minutes)"
    )
    next_response_minutes = forms.IntegerField(
        min_value=5, max_value=10080, label="Later replies within (business minutes)"
    )
    holidays = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Dates the shop is closed, one per line (YYYY-MM-DD); targets skip them.",
    )
    business_hours = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 7}),
        help_text="One line per day, e.g. 'mon 09:00-17:00'; leave a day out when closed.",
    )

    DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        import zoneinfo

        super().__init__(*args, **kwargs)
        zones = sorted(zoneinfo.available_timezones())
        self.fields["timezone"].choices = [(z, z) for z in zones]  # type: ignore[attr-defined]

    @classmethod
    def hours_text(cls, hours: dict) -> str:  # type: ignore[type-arg]
        return "\n".join(
            f"{day} " + ", ".join(f"{a}-{b}" for a, b in hours[day])
            for day in cls.DAYS
            if day in hours
        )

    def clean_holidays(self) -> list[str]:
        from datetime import date

        days = []
        for number, line in enumerate(self.cleaned_data["holidays"].splitlines(), start=1):
            if not line.strip():
                continue
            try:
                days.append(date.fromisoformat(line.strip()).isoformat())
            except ValueError:
                raise forms.ValidationError(
                    f"Line {number}: '{line.strip()}' is not a date like 2026-12-25."
                ) from None
        return sorted(set(days))

    def clean_currency(self) -> str:
        return self.cleaned_data["currency"].upper()

    def clean_business_hours(self) -> dict[str, list[list[str]]]:
        import re

        hours: dict[str, list[list[str]]] = {}
        for number, line in enumerate(self.cleaned_data["business_hours"].splitlines(), start=1):
            line = line.strip().lower()
            if not line:
                continue
            day, _, spans = line.partition(" ")
            if day not in self.DAYS:
                raise forms.ValidationError(f"Line {number}: '{day}' is not a day (mon … sun).")
            for span in spans.split(","):
                m = re.fullmatch(
                    r"\s*([01]\d|2[0-3]):([0-5]\d)\s*-\s*([01]\d|2[0-4]):([0-5]\d)\s*", span
                )
                if not m or m.group(1) + m.group(2) >= m.group(3) + m.group(4):
                    raise forms.ValidationError(
                        f"Line {number}: '{span.strip()}' is not a time range like 09:00-17:00."
                    )
                hours.setdefault(day, []).append(
                    [f"{m.group(1)}:{m.group(2)}", f"{m.group(3)}:{m.group(4)}"]
                )
        return hours

from typing import cast

from django import forms

from .status import Status, next_statuses


class OrderFilterForm(forms.Form):
    q = forms.CharField(required=False, label="Search", max_length=200)
    status = forms.ChoiceField(
        required=False, choices=[("", "Any status")] + [(s.value, s.label) for s in Status]
    )
    late = forms.BooleanField(required=False, label="Late only")


class CustomerMessageFields(forms.Form):
    notify = forms.BooleanField(required=False, initial=True, label="Message the customer")
    subject = forms.CharField(required=False, max_length=200)
    body = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 7}))

    def clean(self) -> dict:
        data = super().clean() or {}
        if data.get("notify") and not (data.get("body") or "").strip():
            self.add_error("body", "Write the message, or untick 'Message the customer'.")
        return data


class StatusChangeForm(CustomerMessageFields):
    status = forms.ChoiceField(label="New status")
    note = forms.CharField(required=False, max_length=1000, label="Internal note (optional)")

    def __init__(self, *args, current: str, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        choices = [(s.value, s.label) for s in next_statuses(current) if s != Status.DISPATCHED]
        cast(forms.ChoiceField, self.fields["status"]).choices = choices
        self.order_fields(["status", "note", "notify", "subject", "body"])


class ShipmentForm(forms.Form):
    carrier = forms.CharField(max_length=80)
    tracking_number = forms.CharField(required=False, max_length=100)
    tracking_url = forms.URLField(required=False, max_length=500, assume_scheme="https")
    postage_cost = forms.DecimalField(required=False, min_value=0, max_digits=10, decimal_places=2)
    receipt = forms.FileField(required=False, label="Postage receipt (PDF or image)")


class DispatchForm(ShipmentForm, CustomerMessageFields):
    """A shipment and, optionally, the message telling the customer about it."""


class NoteForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), max_length=5000)


class StageMessageForm(forms.Form):
    subject = forms.CharField(max_length=200)
    body = forms.CharField(widget=forms.Textarea(attrs={"rows": 6}), max_length=5000)

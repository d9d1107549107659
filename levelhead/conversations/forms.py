from django import forms

from .models import CaseStatus


class ReplyForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 6}), max_length=20000)


class NoteForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), max_length=5000)


class AssignForm(forms.Form):
    assignee = forms.TypedChoiceField(coerce=int, empty_value=None, required=False)

    def __init__(self, *args, members=(), **kwargs) -> None:  # type: ignore[no-untyped-def]
        """``members``: (user id, name) of the shop's people (``accounts.access.shop_members``)."""
        super().__init__(*args, **kwargs)
        self.fields["assignee"].choices = [("", "Nobody"), *members]  # type: ignore[attr-defined]


class StatusForm(forms.Form):
    status = forms.ChoiceField(
        choices=[
            (s, CaseStatus(s).label)
            for s in (CaseStatus.OPEN, CaseStatus.WAITING, CaseStatus.RESOLVED)
        ]
    )

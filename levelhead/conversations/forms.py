from django import forms

from .models import CaseStatus


class ReplyForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 6}), max_length=20000)


class NoteForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), max_length=5000)


class AssignForm(forms.Form):
    assignee = forms.TypedChoiceField(coerce=int, empty_value=None, required=False)

    def __init__(self, *args, members=(), **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.fields["assignee"].choices = [("", "Nobody")] + [  # type: ignore[attr-defined]
            (m.user_id, m.user.get_full_name() or m.user.username) for m in members
        ]


class StatusForm(forms.Form):
    status = forms.ChoiceField(
        choices=[
            (s, CaseStatus(s).label)
            for s in (CaseStatus.OPEN, CaseStatus.WAITING, CaseStatus.RESOLVED)
        ]
    )

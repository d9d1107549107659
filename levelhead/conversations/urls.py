from django.urls import path

from . import views

urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("unprocessed/", views.unprocessed, name="inbox-unprocessed"),
    path("unprocessed/<int:raw_id>/retry/", views.retry_inbound, name="inbox-retry"),
    path("unprocessed/<int:raw_id>/file/", views.file_inbound, name="inbox-file"),
    path("unprocessed/<int:raw_id>/raw/", views.raw_download, name="inbox-raw"),
    path("cases/<int:case_id>/", views.case_detail, name="case-detail"),
    path("cases/<int:case_id>/reply/", views.case_reply, name="case-reply"),
    path("cases/<int:case_id>/notes/", views.case_note, name="case-note"),
    path("cases/<int:case_id>/check/", views.case_check, name="case-check"),
    path("cases/<int:case_id>/assign/", views.case_assign, name="case-assign"),
    path("cases/<int:case_id>/status/", views.case_status, name="case-status"),
    path("cases/<int:case_id>/order/", views.case_link_order, name="case-link-order"),
]

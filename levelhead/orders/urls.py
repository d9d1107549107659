from django.urls import path

from . import views

urlpatterns = [
    path("", views.order_list, name="order-list"),
    path("<str:number>/", views.order_detail, name="order-detail"),
    path("<str:number>/message/", views.stage_message, name="order-stage-message"),
    path("<str:number>/status/", views.change_status, name="order-change-status"),
    path("<str:number>/dispatch/", views.dispatch, name="order-dispatch"),
    path("<str:number>/shipments/", views.add_shipment, name="order-add-shipment"),
    path("<str:number>/notes/", views.add_note, name="order-add-note"),
    path(
        "<str:number>/shipments/<int:shipment_id>/receipt/",
        views.receipt,
        name="order-receipt",
    ),
]

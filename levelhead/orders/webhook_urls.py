from django.urls import path

from . import webhook_views

urlpatterns = [
    path("shopify/<slug:shop_slug>/", webhook_views.shopify, name="webhook-shopify"),
    path("woocommerce/<slug:shop_slug>/", webhook_views.woocommerce, name="webhook-woocommerce"),
]

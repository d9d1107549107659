from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import URLPattern, URLResolver, include, path

from levelhead.accounts import views as account_views
from levelhead.api.api import api
from levelhead.conversations.channels.email_in import settings_views as mailbox_views
from levelhead.conversations.channels.email_in import views as email_in_views
from levelhead.orders import import_views, public_views
from levelhead.orders import settings_views as order_settings_views

shop_patterns: list[URLPattern | URLResolver] = [
    path("inbox/", include("levelhead.conversations.urls")),
    path("orders/", include("levelhead.orders.urls")),
    path("import/", import_views.import_page, name="order-import"),
    path("team/", account_views.team, name="team"),
    path("settings/", account_views.shop_settings, name="shop-settings"),
    path("settings/messages/", order_settings_views.stage_messages, name="stage-messages"),
    path("settings/mailbox/", mailbox_views.mailbox_settings, name="mailbox-settings"),
]

urlpatterns = [
    path("", account_views.home, name="home"),
    path("login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password-reset/", auth_views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "password-reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "password-reset/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("invitations/<str:token>/", account_views.accept_invitation, name="accept-invitation"),
    path("o/<str:token>/", public_views.customer_order, name="customer-order"),
    path("inbound/email/<slug:shop_slug>/", email_in_views.inbound_email, name="inbound-email"),
    path("shops/<slug:slug>/", include(shop_patterns)),
    path("webhooks/", include("levelhead.orders.webhook_urls")),
    path("api/", api.urls),
    path("admin/", admin.site.urls),
]

handler404 = "levelhead.core.views.not_found"
handler500 = "levelhead.core.views.server_error"

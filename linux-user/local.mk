# linux-user

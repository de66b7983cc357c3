/* expected: native */
/*
 * getaddrinfo("127.0.0.1") and ("::1") numeric (no name service),
 * getnameinfo back to text, inet_pton/inet_ntop, and the EAI_NONAME a
 * non-numeric name gets with AI_NUMERICHOST.  Then the address found is
 * used for a real TCP connection to a listener on it.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static const char *fam(int f)
{
    return f == AF_INET ? "AF_INET" : f == AF_INET6 ? "AF_INET6" : "?";
}

static void lookup(const char *host, const char *serv, int socktype)
{
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = socktype;
    hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
    int r = getaddrinfo(host, serv, &hints, &res);
    printf("getaddrinfo(%s, %s): %d\n", host, serv, r);
    for (struct addrinfo *ai = res; ai != NULL; ai = ai->ai_next) {
        char h[NI_MAXHOST], s[NI_MAXSERV];
        int g = getnameinfo(ai->ai_addr, ai->ai_addrlen, h, sizeof(h), s,
                            sizeof(s), NI_NUMERICHOST | NI_NUMERICSERV);
        printf("  %s socktype %d proto %d addrlen %u -> %d %s port %s\n",
               fam(ai->ai_family), ai->ai_socktype, ai->ai_protocol,
               (unsigned)ai->ai_addrlen, g, h, s);
    }
    if (res != NULL) {
        freeaddrinfo(res);
    }
}

static void connect_to_it(void)
{
    struct addrinfo hints, *res = NULL;
    struct sockaddr_in a;
    socklen_t len = sizeof(a);
    char port[16];

    int l = socket(AF_INET, SOCK_STREAM, 0);
    memset(&a, 0, sizeof(a));
    a.sin_family = AF_INET;
    inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
    bind(l, (struct sockaddr *)&a, sizeof(a));
    listen(l, 1);
    getsockname(l, (struct sockaddr *)&a, &len);
    snprintf(port, sizeof(port), "%u", ntohs(a.sin_port));
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
    if (getaddrinfo("127.0.0.1", port, &hints, &res) != 0) {
        printf("connect: getaddrinfo failed\n");
        return;
    }
    int s = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    int r = connect(s, res->ai_addr, res->ai_addrlen);
    int c = accept(l, NULL, NULL);
    printf("connect via getaddrinfo: %d accepted %d\n", r, c >= 0);
    write(s, "hi", 2);
    char buf[4] = "";
    printf("read %zd\n", read(c, buf, sizeof(buf)));
    freeaddrinfo(res);
    close(s);
    close(c);
    close(l);
}

int main(void)
{
    unsigned char b6[16];
    char txt[INET6_ADDRSTRLEN];

    lookup("127.0.0.1", "80", SOCK_STREAM);
    lookup("127.0.0.1", "53", 0);
    lookup("::1", "8080", SOCK_DGRAM);
    struct addrinfo hints = {0}, *res = NULL;
    hints.ai_flags = AI_NUMERICHOST;
    printf("non-numeric with AI_NUMERICHOST: EAI_NONAME %d\n",
           getaddrinfo("localhost", NULL, &hints, &res) == EAI_NONAME);
    printf("inet_pton: %d\n", inet_pton(AF_INET6, "fe80::1:2", b6));
    printf("inet_ntop: %s\n", inet_ntop(AF_INET6, b6, txt, sizeof(txt)));
    connect_to_it();
    return 0;
}

/* expected: native */
/*
 * AF_NETLINK basics: a NETLINK_ROUTE socket bound with nl_pid 0 (the
 * kernel assigns one: getsockname shows it), an RTM_GETLINK dump request
 * with sendto to the kernel, the multipart answer read with recvmsg until
 * NLMSG_DONE, looking for the loopback interface "lo" among the
 * IFLA_IFNAME attributes.  if_nametoindex("lo") (an ioctl on a socket)
 * gives the same index.
 */
#define _GNU_SOURCE
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
    struct sockaddr_nl sa = {.nl_family = AF_NETLINK}, kern = sa;
    socklen_t len = sizeof(sa);
    struct {
        struct nlmsghdr h;
        struct ifinfomsg i;
    } req;
    static char buf[65536];
    int lo_index = -1, done = 0, msgs = 0;

    int s = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
    printf("socket %d\n", s >= 0);
    printf("bind %d\n", bind(s, (struct sockaddr *)&sa, sizeof(sa)));
    getsockname(s, (struct sockaddr *)&sa, &len);
    printf("getsockname: len %u family %d pid assigned %d\n", (unsigned)len,
           sa.nl_family, sa.nl_pid != 0);
    memset(&req, 0, sizeof(req));
    req.h.nlmsg_len = sizeof(req);
    req.h.nlmsg_type = RTM_GETLINK;
    req.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    req.h.nlmsg_seq = 1;
    req.i.ifi_family = AF_UNSPEC;
    printf("sendto %zd\n", sendto(s, &req, sizeof(req), 0,
                                  (struct sockaddr *)&kern, sizeof(kern)));
    while (!done) {
        struct iovec iov = {buf, sizeof(buf)};
        struct msghdr m = {&kern, sizeof(kern), &iov, 1, NULL, 0, 0};
        ssize_t n = recvmsg(s, &m, 0);
        if (n <= 0) {
            break;
        }
        for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, n);
             h = NLMSG_NEXT(h, n)) {
            if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR) {
                done = 1;
                break;
            }
            if (h->nlmsg_type != RTM_NEWLINK || h->nlmsg_seq != 1) {
                continue;
            }
            msgs++;
            struct ifinfomsg *ifi = NLMSG_DATA(h);
            int alen = (int)IFLA_PAYLOAD(h);
            for (struct rtattr *a = IFLA_RTA(ifi); RTA_OK(a, alen);
                 a = RTA_NEXT(a, alen)) {
                if (a->rta_type == IFLA_IFNAME &&
                    strcmp(RTA_DATA(a), "lo") == 0) {
                    lo_index = ifi->ifi_index;
                }
            }
        }
    }
    printf("dump done %d, links %d, lo found %d\n", done, msgs > 0,
           lo_index > 0);
    printf("if_nametoindex(lo) matches %d\n",
           (int)if_nametoindex("lo") == lo_index);
    char name[IF_NAMESIZE] = "";
    printf("if_indextoname: %s\n", if_indextoname((unsigned)lo_index, name));
    close(s);
    return 0;
}

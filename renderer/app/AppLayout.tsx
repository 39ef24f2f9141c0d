import { useAutoBackup } from './useAutoBackup'
import {
  AppBar,
  Box,
  Drawer,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  LinearProgress,
  ListSubheader,
  Toolbar,
  Typography,
} from '@mui/material'
import { Fragment } from 'react'
import { Link as RouterLink, Outlet, useLocation, useNavigation } from 'react-router'
import { GlobalSearch } from './GlobalSearch'
import { NAV_ITEMS } from './navigation'

const DRAWER_WIDTH = 208

function isActive(itemPath: string, pathname: string): boolean {
  return itemPath === '/'
    ? pathname === '/'
    : pathname === itemPath || pathname.startsWith(`${itemPath}/`)
}

export function AppLayout() {
  useAutoBackup()
  const { pathname } = useLocation()
  // A screen opened for the first time loads its code: the bar says something is coming.
  const loading = useNavigation().state === 'loading'
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1, bgcolor: 'primary.main' }}>
        <Toolbar variant="dense" sx={{ gap: 3 }}>
          <Typography
            component={RouterLink}
            to="/"
            variant="h6"
            sx={{
              color: 'inherit',
              textDecoration: 'none',
              letterSpacing: 4,
              minWidth: DRAWER_WIDTH - 24,
            }}
          >
            协知
          </Typography>
          <GlobalSearch />
        </Toolbar>
        {loading && (
          <LinearProgress
            color="inherit"
            aria-label="正在打开"
            sx={{ position: 'absolute', left: 0, right: 0, bottom: 0, height: 2 }}
          />
        )}
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': {
            width: DRAWER_WIDTH,
            boxSizing: 'border-box',
            bgcolor: '#fbfcfd',
          },
        }}
      >
        <Toolbar variant="dense" />
        <Box component="nav" aria-label="模块导航">
          <List dense>
            {NAV_ITEMS.map((item, index) => {
              const Icon = item.icon
              const showGroup = item.group && item.group !== NAV_ITEMS[index - 1]?.group
              return (
                <Fragment key={item.path}>
                  {showGroup && (
                    <ListSubheader sx={{ bgcolor: 'transparent', lineHeight: '32px', mt: 1 }}>
                      {item.group}
                    </ListSubheader>
                  )}
                  <ListItemButton
                    component={RouterLink}
                    to={item.path}
                    selected={isActive(item.path, pathname)}
                    sx={{ mx: 1, borderRadius: 1 }}
                  >
                    <ListItemIcon sx={{ minWidth: 34 }}>
                      <Icon fontSize="small" />
                    </ListItemIcon>
                    <ListItemText primary={item.label} />
                  </ListItemButton>
                </Fragment>
              )
            })}
          </List>
        </Box>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, p: 3 }}>
        <Toolbar variant="dense" />
        <Outlet />
      </Box>
    </Box>
  )
}
